import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a DOT file.
func fuzzDOT(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .dot, file: "fuzz.gv", options: NetworkReadOptions(dotReader: { bytes, file in try DOTImport.networkSynchronously(fromDOT: String(decoding: bytes, as: UTF8.self), file: file) }))
    return 0
}

exit(runFuzzer { data, size in fuzzDOT(data, size) })
