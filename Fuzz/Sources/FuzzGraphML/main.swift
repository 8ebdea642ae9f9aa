import Cohesion
import Foundation
import CohesionGraphviz
import FuzzSupport

/// One input read as a GraphML file.
func fuzzGraphML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .graphml, file: "fuzz.graphml")
    return 0
}

exit(runFuzzer { data, size in fuzzGraphML(data, size) })
