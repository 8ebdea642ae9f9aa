import Cohesion
import Foundation

extension GraphvizRenderer {
    /// Where Graphviz places each node of a document, by node id, in points with y growing
    /// upwards (Graphviz's own coordinates).
    ///
    /// The document is laid out exactly as ``render(_:format:engine:timeLimit:)`` lays it out
    /// for SVG (same engine choice, same attributes), and read back from Graphviz's JSON
    /// output, so positions given to an `InteractiveDiagram` match the static drawing.
    /// Clusters and the legend are not nodes of the network and are left out by the caller
    /// (``NetworkDiagram/legendID``).
    ///
    /// ```swift
    /// let document = NetworkDiagram().document(for: network)
    /// let positions = try await GraphvizRenderer().positions(of: document)
    /// let view = InteractiveDiagram(network: network, positions: positions)
    /// ```
    ///
    /// - Throws: ``GraphvizError`` when Graphviz fails, or when its JSON cannot be read.
    /// - Complexity: one layout of the document.
    public func positions(of document: DOTDocument, engine: Engine? = nil,
                          timeLimit: Duration? = nil) async throws -> [String: DiagramPoint] {
        let rendering = try await render(document, format: .json, engine: engine, timeLimit: timeLimit)
        return try Self.positions(fromJSON: rendering.data)
    }

    /// Node positions from Graphviz's `json` output: each object with a `pos` of two numbers.
    static func positions(fromJSON data: Data) throws -> [String: DiagramPoint] {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw GraphvizError.renderFailed(format: .json, message: "its JSON output could not be read")
        }
        var positions: [String: DiagramPoint] = [:]
        for case let object as [String: Any] in root["objects"] as? [Any] ?? [] {
            guard object["nodes"] == nil, let name = object["name"] as? String,
                  let pos = object["pos"] as? String else { continue }
            let parts = pos.split(separator: ",").compactMap { Double($0) }
            guard parts.count >= 2, parts[0].isFinite, parts[1].isFinite else { continue }
            positions[name] = DiagramPoint(x: parts[0], y: parts[1])
        }
        return positions
    }
}
