import Foundation
import Testing
@testable import Cohesion

/// Per-stakeholder tables of a report section keep their highest rows up to
/// ``NetworkReportOptions/tableRowLimit`` and say so in the caption.
@Suite struct ReportTableLimitTests {
    @Test func perStakeholderTablesAreCappedAndSaySo() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let lille = try NetworkFile.read(root.appendingPathComponent("Networks/lille.yaml").path)
        let n = lille.stakeholders.count
        func tables(_ section: ReportSection) -> [ReportTable] {
            section.blocks.flatMap { block -> [ReportTable] in
                switch block {
                case .group(_, let inner): inner.compactMap { if case .table(let t) = $0 { t } else { nil } }
                default: []
                }
            }
        }
        let full = tables(try ReportSection(network: lille, options: NetworkReportOptions(interactiveDiagram: false)))
        let capped = tables(try ReportSection(network: lille, options: NetworkReportOptions(interactiveDiagram: false, tableRowLimit: 5)))
        for caption in ["Centrality of each stakeholder", "Brokerage roles and structural holes per stakeholder"] {
            let whole = try #require(full.first { $0.caption.hasPrefix(caption) })
            let cut = try #require(capped.first { $0.caption.hasPrefix(caption) })
            #expect(whole.table.rows.count == n)
            #expect(!whole.caption.contains("are shown"))
            #expect(cut.table.rows.count == 5)
            #expect(cut.caption.contains("of \(n) stakeholders are shown"))
            // The rows kept are the first five of the whole table, in the same order.
            #expect(cut.table.rows.map { $0.id } == whole.table.rows.prefix(5).map { $0.id })
            #expect(cut.table.rows.map { $0.cells } == whole.table.rows.prefix(5).map { $0.cells })
        }
    }
}
