extension ReportSection {
    /// A section that compares the networks' discourses (``DiscourseComparison``): the actors
    /// agreeing and disagreeing per concept, city and kind of stakeholder; the share agreeing
    /// per concept and kind, as one heat map per network; DNA's polarization per year as a line
    /// chart; and the concepts only one network discusses.
    ///
    /// ```swift
    /// let section = ReportSection(discourse: try DiscourseComparison([lille, nantes]))
    /// ```
    ///
    /// - Complexity: O(concepts × kinds × networks + years × networks).
    public init(discourse: DiscourseComparison) {
        var blocks: [ReportBlock] = [
            .paragraph("Cities share concepts, not actors: statements are aligned by concept and by kind of stakeholder. An actor agrees with a concept when one of its statements agrees, and disagrees when one disagrees (DNA's combine coding); it may do both."),
            .table(ReportTable(caption: "Actors agreeing and disagreeing, and the share agreeing, per concept and kind of stakeholder (blank: no actor of that kind states the concept there)",
                               table: discourse.table, filterColumns: ["kind"])),
        ]
        var maps: [ReportBlock] = []
        for (n, name) in discourse.names.enumerated() {
            let rows = discourse.concepts.filter { $0.networks.contains(n) }
            guard !rows.isEmpty else { continue }
            maps.append(.heatMap(HeatMap(
                caption: "\(name): share of actors agreeing, per concept (rows) and kind of stakeholder (columns); blank: not stated",
                rowLabels: rows.map(\.id), columnLabels: discourse.kinds,
                values: rows.map { row in discourse.kinds.indices.map { row.stances[n][$0].agreeShare } })))
        }
        if !maps.isEmpty { blocks.append(.group(title: "Stances by kind of stakeholder", blocks: maps)) }
        let years = Set(discourse.polarization.flatMap { $0.map(\.year) }).sorted()
        if !years.isEmpty {
            blocks.append(.lineChart(LineChart(
                caption: "Polarization per year (DNA's score, \(discourse.groups) groups\(discourse.isNormalized ? ", normalized to [0, 1]" : ""); gaps: no statements that year)",
                xLabels: years.map(String.init),
                series: discourse.names.indices.map { n in
                    LineChart.Series(name: discourse.names[n], values: years.map { y in
                        discourse.polarization[n].first { $0.year == y }?.score ?? .nan
                    })
                }, zeroBased: true)))
        }
        let only = discourse.onlyOneNetwork
        if !only.isEmpty {
            let facts = discourse.names.indices.compactMap { n -> ReportBlock.Fact? in
                let ids = only.filter { $0.network == n }.map(\.concept)
                return ids.isEmpty ? nil : ReportBlock.Fact("Only in \(discourse.names[n])", ids.joined(separator: ", "))
            }
            blocks.append(.facts(facts))
        }
        self.init(title: "Discourses compared: " + discourse.names.joined(separator: ", "), blocks: blocks)
    }
}
