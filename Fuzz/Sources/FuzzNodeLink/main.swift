import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a NodeLink file.
func fuzzNodeLink(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .nodeLink, file: "fuzz.json")
    return 0
}

exit(runFuzzer { data, size in fuzzNodeLink(data, size) })
