extension NetworkFormat {
    /// UCINET DL (`.dl`); with ``NetworkReadOptions/dlMatricesAsYears``, matrices named by
    /// years are read as waves.
    public static let dl = NetworkFormat(
        id: "dl", name: "UCINET DL", extensions: ["dl"], keeps: DLWriter.keeps,
        reader: validating { bytes, file, options in
            let network = try DLReader.read(bytes: bytes, file: file)
            return options.dlMatricesAsYears ? NetworkPanel.readingYears(network) : network
        },
        writer: { network, file in DLWriter.write(network, file: file) })
}
