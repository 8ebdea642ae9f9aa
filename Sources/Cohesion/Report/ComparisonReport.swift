extension ReportSection {
    /// A section that sets several networks side by side, from a ``NetworkComparison``: their
    /// profiles in one table, then per network the brokerage roles each kind of stakeholder
    /// plays and the mixing (block density) matrix by kind, as heat maps. Extra blocks (a
    /// side-by-side diagram) follow the profile table. Networks are aligned
    /// by stakeholder kind, since cities share kinds, not stakeholders.
    ///
    /// ```swift
    /// let section = ReportSection(comparison: try NetworkComparison([lille, nantes]))
    /// ```
    ///
    /// - Complexity: O(networks × kinds²).
    public init(comparison: NetworkComparison, extraBlocks: [ReportBlock] = []) {
        let profiles = comparison.profiles
        let table = comparison.table(compact: true)
        let stated = Array(Set(profiles.map(\.selection.summary))).sorted()
        var blocks: [ReportBlock] = stated.map { .paragraph("Ties analysed: \($0).") }
        blocks += [
            .table(ReportTable(caption: "Profiles side by side (Freeman centralization with igraph's maxima; coalitions by \(profiles.first?.coalitions.method.rawValue ?? "Leiden"); E-I from −1, all ties inside sectors, to +1, all between; brokerage between sectors as the sum of the itinerant, representative, gatekeeper and liaison roles (most frequent of them), coordinator two-paths inside one sector on their own row)", table: table)),
        ]
        blocks += extraBlocks
        let kinds = comparison.groupLabels
        let roles = BrokerageRole.allCases
        var brokerage: [ReportBlock] = [], mixing: [ReportBlock] = []
        for profile in profiles {
            brokerage.append(.heatMap(HeatMap(
                caption: "\(profile.name): brokerage roles by kind of stakeholder (blank: kind absent)",
                rowLabels: kinds, columnLabels: roles.map(\.description),
                values: kinds.map { kind in roles.map { profile.brokerageByGroup[kind]?[$0] ?? .nan } })))
            mixing.append(.heatMap(HeatMap(
                caption: "\(profile.name): tie density from each kind (rows) to each kind (columns)",
                rowLabels: kinds, columnLabels: kinds,
                values: kinds.map { a in kinds.map { b in comparison.density(profile, from: a, to: b) } })))
        }
        blocks.append(.group(title: "Brokerage roles by kind of stakeholder", blocks: brokerage))
        blocks.append(.group(title: "Mixing matrices by kind of stakeholder", blocks: mixing))
        self.init(title: "Comparison: " + profiles.map(\.name).joined(separator: ", "), blocks: blocks)
    }

    /// A section of small charts from each network's ``NetworkEvolution``: ties in force,
    /// density, coalitions and their modularity, and how stable the coalitions were from one
    /// year to the next (normalized mutual information).
    ///
    /// - Complexity: O(networks × years).
    public init(evolutions: [(name: String, evolution: NetworkEvolution)]) {
        let years = Array(Set(evolutions.flatMap(\.evolution.years))).sorted()
        guard !years.isEmpty else {
            self.init(title: "Evolution", blocks: [.paragraph("No network has dated ties.")])
            return
        }
        func series(_ value: (NetworkComparisonProfile) -> Double) -> [LineChart.Series] {
            evolutions.map { name, evolution in
                .init(name: name, values: years.map { year in
                    evolution.years.firstIndex(of: year).map { value(evolution.profiles[$0]) } ?? .nan
                })
            }
        }
        let stability: [LineChart.Series] = evolutions.map { name, evolution in
            .init(name: name, values: years.map { year in
                guard let k = evolution.years.firstIndex(of: year), k > 0 else { return .nan }
                return evolution.coalitionStability[k - 1].normalizedMutualInformation
            })
        }
        let labels = years.map(String.init)
        self.init(title: "Evolution \(years[0])–\(years[years.count - 1])", blocks: [
            .paragraph("Each year keeps the ties in force that year: a tie holds from its first to its last year, an open end holds throughout."),
            .lineChart(LineChart(caption: "Ties in force", xLabels: labels, series: series { Double($0.tieCount) }, zeroBased: true)),
            .lineChart(LineChart(caption: "Density", xLabels: labels, series: series { $0.profile.density })),
            .lineChart(LineChart(caption: "Coalitions", xLabels: labels, series: series { Double($0.coalitions.count) }, zeroBased: true)),
            .lineChart(LineChart(caption: "Modularity of the coalitions", xLabels: labels, series: series { $0.coalitions.modularity })),
            .lineChart(LineChart(caption: "Coalition stability from the year before (normalized mutual information)", xLabels: labels, series: stability)),
        ])
    }
}
