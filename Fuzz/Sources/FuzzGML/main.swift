import Cohesion
import Foundation
import FuzzSupport

/// One input read as a GML file.
func fuzzGML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .gml, file: "fuzz.gml")
    return 0
}

exit(runFuzzer { data, size in fuzzGML(data, size) })
