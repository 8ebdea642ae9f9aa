import Cohesion
import Foundation
import FuzzSupport

/// One input read as a GEXF file.
func fuzzGEXF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .gexf, file: "fuzz.gexf")
    return 0
}

exit(runFuzzer { data, size in fuzzGEXF(data, size) })
