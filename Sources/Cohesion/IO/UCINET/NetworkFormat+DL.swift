extension NetworkFormat {
    /// UCINET DL (`.dl`); with ``NetworkReadOptions/dlMatricesAsYears``, matrices named by
    /// years are read as waves.
    public static let dl = NetworkFormat(
        id: "dl", name: "UCINET DL", extensions: ["dl"], keeps: DLWriter.keeps,
        reader: validatingWithWarnings { bytes, file, options in
            let read = try DLReader.readWithWarnings(bytes: bytes, file: file)
            return (options.dlMatricesAsYears ? NetworkPanel.readingYears(read.network) : read.network, read.warnings)
        },
        writer: { network, file in
            // Several kinds are written as full matrices, one per kind.
            let kinds = network.layers.count
            if kinds > 1 { try MatrixSizeLimit.check(network, matrices: kinds, format: "the DL file", file: file) }
            return DLWriter.write(network, file: file)
        })
}
