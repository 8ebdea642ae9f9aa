extension NetworkFormat {
    /// An adjacency matrix as CSV, labels in the first row and column (`--from adjacency`,
    /// `--to adjacency`: it has no extension of its own, since `.csv` means an edge list);
    /// see ``AdjacencyCSV``. A matrix beyond ``MatrixSizeLimit/maximumCells`` is refused.
    public static let adjacency = NetworkFormat(
        id: "adjacency", name: "adjacency matrix", extensions: [], keeps: AdjacencyCSV.keeps,
        reader: validating { bytes, file, options in try AdjacencyCSV.read(bytes: bytes, file: file, options: NetworkFile.csvOptions(options)) },
        writer: { network, file in
            try MatrixSizeLimit.check(network, matrices: 1, format: "the adjacency matrix", file: file)
            return AdjacencyCSV.write(network, file: file)
        })
}
