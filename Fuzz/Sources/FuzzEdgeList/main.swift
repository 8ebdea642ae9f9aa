import Cohesion
import Foundation
import FuzzSupport

/// One input read as a EdgeList file.
func fuzzEdgeList(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .edgeList, file: "fuzz.edgelist")
    return 0
}

exit(runFuzzer { data, size in fuzzEdgeList(data, size) })
