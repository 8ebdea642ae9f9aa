extension NetworkFormat {
    /// The native schema in YAML (`.yaml`, `.yml`); see <doc:NetworkFiles>.
    public static let yaml = NetworkFormat(
        id: "yaml", name: "YAML", extensions: ["yaml", "yml"], keeps: .everything,
        reader: { bytes, file, _ in readNative(bytes, file: file) },
        writer: { network, _ in (Array(network.yamlText().utf8), []) })

    /// The native schema in JSON (`.json`).
    public static let json = NetworkFormat(
        id: "json", name: "JSON", extensions: ["json"], keeps: .everything,
        reader: { bytes, file, _ in readNative(bytes, file: file) },
        writer: { network, _ in (Array(network.jsonText().utf8), []) })

    /// Native YAML or JSON text: syntax errors and validation in file order, with the source
    /// map's lines and columns.
    static func readNative(_ bytes: [UInt8], file: String) -> LoadedNetwork {
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            return LoadedNetwork(network: nil, diagnostics: [Diagnostic(.error, "not valid YAML or JSON: the file is not UTF-8 text", file: file)])
        }
        let (network, map, syntax) = NativeDecoder.decode(text: text, file: file)
        if syntax.hasErrors && network.stakeholders.isEmpty && network.ties.isEmpty {
            return LoadedNetwork(network: nil, diagnostics: syntax)
        }
        return LoadedNetwork(network: network, diagnostics: NetworkFile.inFileOrder(syntax + network.validate(sourceMap: map)))
    }
}
