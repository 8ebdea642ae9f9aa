extension NetworkFormat {
    /// A database of Leifeld's Discourse Network Analyzer (`.dna`, DNA 3, SQLite), read with
    /// rDNA's default variables (``DNAReadOptions``); Cohesion does not write DNA databases.
    public static let dna = NetworkFormat(
        id: "dna", name: "DNA database", extensions: ["dna"], keeps: .everything,
        reader: { bytes, file, _ in
            do {
                let (network, warnings) = try DNADatabase.read(bytes: bytes, file: file)
                return LoadedNetwork(network: network, diagnostics: warnings + network.validate().map { NetworkFile.located($0, file: file) })
            } catch let error as InvalidNetwork {
                return LoadedNetwork(network: nil, diagnostics: error.diagnostics)
            }
        },
        recognizes: { bytes in bytes.starts(with: Array("SQLite format 3\0".utf8)) })
}
