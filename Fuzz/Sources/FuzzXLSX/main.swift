import Cohesion
import Foundation
import FuzzSupport

/// One input read as a XLSX file.
func fuzzXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(data, size, format: .xlsx, file: "fuzz.xlsx")
    return 0
}

exit(runFuzzer { data, size in fuzzXLSX(data, size) })
