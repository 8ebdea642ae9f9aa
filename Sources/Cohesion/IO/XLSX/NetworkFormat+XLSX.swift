extension NetworkFormat {
    /// An Excel workbook (`.xlsx`): sheets `ties`, `stakeholders`, `sources`, or Kumu's
    /// `Connections` and `Elements`; read, not written (start from `Networks/template.xlsx`);
    /// see ``SpreadsheetReader``.
    public static let xlsx = NetworkFormat(
        id: "xlsx", name: "Excel workbook", extensions: ["xlsx"], keeps: [],
        reader: validating { bytes, file, _ in try SpreadsheetReader.read(bytes: bytes, file: file) })
}
