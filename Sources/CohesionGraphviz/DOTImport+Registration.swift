import Cohesion

extension DOTImport {
    /// Reads DOT files through Graphviz's parser for `NetworkFile`: adds this module's reader
    /// to the library's shared `FormatRegistry`, so `.gv` and `.dot` files read like any other.
    /// Calling it again changes nothing.
    ///
    /// ```swift
    /// DOTImport.registerReader()
    /// let network = try NetworkFile.read("nantes.gv")
    /// ```
    ///
    /// - Complexity: O(*k*) for *k* registered formats.
    public static func registerReader() {
        FormatRegistry.register(reader: NetworkFormat.validating { bytes, file, _ in
            try networkSynchronously(fromDOT: String(decoding: bytes, as: UTF8.self), file: file)
        }, for: .dot)
    }
}
