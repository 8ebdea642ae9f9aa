/// Colours, sizes and positions for the nodes of a GEXF file, by stakeholder id, so Gephi
/// opens a network drawn as a diagram laid it out.
///
/// The cohesion tool fills it from a Graphviz layout (`convert IN OUT.gexf --layout`): the
/// fill colour, the node's width in points as its size, and its centre as its position (y up,
/// as Graphviz and Gephi both have it).
///
/// ```swift
/// var visuals = GEXFVisuals()
/// visuals.nodes["caf59"] = .init(color: .init(red: 31, green: 119, blue: 180), size: 54, position: (x: 120, y: 40))
/// let (bytes, _) = GEXFWriter.write(network, visuals: visuals)
/// ```
public struct GEXFVisuals: Sendable {
    /// An RGB colour, each channel 0–255.
    public struct Color: Hashable, Sendable {
        /// Red, 0–255.
        public var red: Int
        /// Green, 0–255.
        public var green: Int
        /// Blue, 0–255.
        public var blue: Int

        /// Creates a colour; channels are clamped to 0–255.
        public init(red: Int, green: Int, blue: Int) {
            self.red = max(0, min(255, red))
            self.green = max(0, min(255, green))
            self.blue = max(0, min(255, blue))
        }

        /// A colour from `#rrggbb` (or `#rrggbbaa`, alpha ignored); nil for anything else.
        public init?(hex: String) {
            let digits = hex.hasPrefix("#") ? hex.dropFirst() : hex[...]
            guard digits.count == 6 || digits.count == 8, let v = UInt32(digits.prefix(6), radix: 16) else { return nil }
            self.init(red: Int(v >> 16 & 0xFF), green: Int(v >> 8 & 0xFF), blue: Int(v & 0xFF))
        }
    }

    /// What one node looks like.
    public struct Node: Sendable {
        /// The fill colour.
        public var color: Color?
        /// The size (Gephi's node size; the diagram's width in points).
        public var size: Double?
        /// The centre.
        public var position: (x: Double, y: Double)?

        /// Creates a node's visuals.
        public init(color: Color? = nil, size: Double? = nil, position: (x: Double, y: Double)? = nil) {
            self.color = color
            self.size = size
            self.position = position
        }
    }

    /// Visuals by stakeholder id; stakeholders not listed get none.
    public var nodes: [String: Node]

    /// Creates visuals.
    public init(nodes: [String: Node] = [:]) { self.nodes = nodes }
}
