import Cohesion
import Foundation
import FuzzSupport

/// One input read as a Adjacency file.
func fuzzAdjacency(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .adjacency, file: "fuzz.csv")
    return 0
}

exit(runFuzzer { data, size in fuzzAdjacency(data, size) })
