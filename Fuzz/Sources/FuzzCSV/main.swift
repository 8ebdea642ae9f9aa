import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a CSV file.
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .csv, file: "fuzz.csv")
    return 0
}

exit(runFuzzer { data, size in fuzzCSV(data, size) })
