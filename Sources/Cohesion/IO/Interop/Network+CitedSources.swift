extension Network {
    /// The network with a bare source (an id, nothing else) declared for each id that a
    /// stakeholder or tie cites but the network does not declare.
    ///
    /// Formats other than the native one (CSV, GraphML from other tools) carry citations as
    /// ids without the sources' descriptions; declaring them keeps the citations, which say
    /// which document backs a tie, instead of rejecting the file.
    ///
    /// ```swift
    /// let network = try EdgeListCSV.read(bytes: bytes, file: "ties.csv").declaringCitedSources()
    /// ```
    ///
    /// - Complexity: O(*n* + *m* + *s*).
    public func declaringCitedSources() -> Network {
        var declared = Set(sources.map(\.id))
        var copy = self
        func declare(_ ids: [String]) {
            for id in ids where declared.insert(id).inserted { copy.sources.append(Source(id: id)) }
        }
        for s in stakeholders where !s.citations.isEmpty { declare(s.citations) }
        for t in ties where !t.citations.isEmpty { declare(t.citations) }
        return copy
    }
}
