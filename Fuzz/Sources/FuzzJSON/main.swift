import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a JSON file.
func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .json, file: "fuzz.json")
    return 0
}

exit(runFuzzer { data, size in fuzzJSON(data, size) })
