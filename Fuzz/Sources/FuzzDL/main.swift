import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a DL file.
func fuzzDL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .dl, file: "fuzz.dl")
    return 0
}

exit(runFuzzer { data, size in fuzzDL(data, size) })
