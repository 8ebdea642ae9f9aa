extension NetworkFormat {
    /// UCINET DL (`.dl`).
    public static let dl = NetworkFormat(
        id: "dl", name: "UCINET DL", extensions: ["dl"], keeps: DLWriter.keeps,
        reader: validating { bytes, file, _ in try DLReader.read(bytes: bytes, file: file) },
        writer: { network, file in DLWriter.write(network, file: file) })
}
