import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a Pajek file.
func fuzzPajek(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .pajek, file: "fuzz.net")
    return 0
}

exit(runFuzzer { data, size in fuzzPajek(data, size) })
