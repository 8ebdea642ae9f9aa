import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// DOT is read through Graphviz, registered once.
let registered: Void = DOTImport.registerReader()

/// One input read as a DOT file.
func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = registered
    fuzzOne(data, size, format: .dot, file: "fuzz.gv")
    return 0
}

exit(runFuzzer { data, size in fuzzDOT(data, size) })
