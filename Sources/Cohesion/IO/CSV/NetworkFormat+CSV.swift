extension NetworkFormat {
    /// An edge list with a header (`.csv`), optionally joined to a node list
    /// (``NetworkReadOptions/nodesPath``); see ``EdgeListCSV``.
    public static let csv = NetworkFormat(
        id: "csv", name: "CSV", extensions: ["csv"], keeps: CSVWriter.keeps,
        reader: validating { bytes, file, options in
            try EdgeListCSV.read(bytes: bytes, file: file, options: NetworkFile.csvOptions(options)).declaringCitedSources()
        },
        writer: { network, file in (CSVWriter.edgeList(network), CSVWriter.warnings(network, withNodeList: false, file: file)) })
}
