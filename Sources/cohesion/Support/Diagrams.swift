import Cohesion

/// Diagrams for the report, drawn through the Graphviz library.
enum Diagrams {
    static func svg(for network: Network) async throws -> String? { nil }
    static func svg(comparing networks: [Network]) async throws -> String? { nil }
}
