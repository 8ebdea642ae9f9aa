import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a YAML file.
func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .yaml, file: "fuzz.yaml")
    return 0
}

exit(runFuzzer { data, size in fuzzYAML(data, size) })
