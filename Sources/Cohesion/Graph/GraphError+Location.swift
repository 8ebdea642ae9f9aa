import Foundation

extension GraphError {
    /// The tie the error is about, by position in the network (from 0); nil for an error about
    /// an edge list or a measure.
    public var tie: Int? {
        switch self {
        case .unknownStakeholder(let tie, _), .missingAmount(let tie), .invalidWeight(let tie, _, _): tie
        case .nodeOutOfRange, .weightCountMismatch, .weightMeaningMismatch: nil
        }
    }

    /// The error as a diagnostic of the file `network` was read from: the tie named by its
    /// ends and kind, so it can be found in any format, at the line and column `sourceMap`
    /// gives for it (its `amount`, `weight`, `source` or `target`, else the tie itself).
    ///
    /// ```swift
    /// error.diagnostic(in: network, file: "lille.yaml", sourceMap: map).description
    /// // lille.yaml:41:7: error: tie 3 (caf59 → creche-a, funding) has no amount, …
    /// ```
    ///
    /// - Complexity: O(1).
    public func diagnostic(in network: Network, file: String?, sourceMap: SourceMap? = nil) -> Diagnostic {
        guard let t = tie, t >= 0, t < network.ties.count else { return Diagnostic(.error, description, file: file) }
        let tie = network.ties[t]
        let named = "tie \(t + 1) (\(tie.source) → \(tie.target), \(tie.kind.id))"
        let message = named + description.dropFirst("tie \(t + 1)".count)
        let fields = sourceMap.flatMap { t < $0.ties.count ? $0.ties[t] : nil } ?? [:]
        let field: String = switch self {
        case .unknownStakeholder(_, let id): id == tie.source ? "source" : "target"
        case .invalidWeight: fields["weight"] != nil ? "weight" : "amount"
        default: ""
        }
        return Diagnostic(.error, message, file: file, location: fields[field] ?? fields[""])
    }
}

extension NetworkFile {
    /// An analysis error about a network read from `path`, as an ``InvalidNetwork`` naming
    /// the file and, where the format has lines, the line and column of the tie, found by
    /// reading the file again (only when there is an error to place).
    ///
    /// The native YAML and JSON place the very field (`amount`, `weight`, `target`); the CSV
    /// edge list places the field or the tie's record; GraphML, GEXF, GML, Pajek, DL, edge
    /// lists, adjacency matrices and node-link JSON place the tie's element or line. Workbooks
    /// (`.xlsx`) and DOT name the tie without a place.
    ///
    /// ```swift
    /// do { graph = try AnalysisGraph(network, selection: s) }
    /// catch let e as GraphError { throw NetworkFile.locating(e, in: network, path: path) }
    /// ```
    ///
    /// - Complexity: O(bytes of the file) when the error names a tie, O(1) otherwise.
    public static func locating(_ error: GraphError, in network: Network, path: String,
                                options: NetworkReadOptions = NetworkReadOptions()) -> InvalidNetwork {
        var map: SourceMap?
        if error.tie != nil, let format = options.format ?? options.formats.format(forPath: path),
           let bytes = try? readBytes(path) {
            if format == .yaml || format == .json {
                if let text = String(bytes: TextInput.droppingByteOrderMark(bytes), encoding: .utf8) {
                    let (again, sourceMap, _) = NativeDecoder.decode(text: text, file: path)
                    // The map places the network's ties only if the file still holds the same ties.
                    if again.ties == network.ties { map = sourceMap }
                }
            } else if format.isText, let reader = format.reader {
                let recorder = TieLocationRecorder()
                let again = try? TieLocationRecorder.$current.withValue(recorder) { try reader(bytes, path, options) }
                let places = recorder.locations
                if let again = again?.network, again.ties == network.ties, places.count == network.ties.count {
                    var sourceMap = SourceMap(file: path)
                    sourceMap.ties = places
                    map = sourceMap
                }
            }
        }
        return InvalidNetwork([error.diagnostic(in: network, file: path, sourceMap: map)])
    }
}
