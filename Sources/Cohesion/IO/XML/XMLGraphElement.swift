/// What GraphML and GEXF spell alike in a graph element's start tag: a `<node>`'s `id` and an
/// `<edge>`'s `source` and `target`, with one message for each when it is missing, so both
/// formats' readers report a malformed element in the same words.
enum XMLGraphElement {
    /// The value of the attribute `key` in a start tag's attributes, nil when it has none.
    @inline(__always)
    static func attribute(_ key: String, in attributes: [(String, String)]) -> String? {
        attributes.first { $0.0 == key }?.1
    }

    /// A `<node>`'s `id`; nil, with the problem reported at `location`, when it has none.
    static func nodeID(_ attributes: [(String, String)], at location: TextLocation,
                       report: (String, TextLocation) -> Void) -> String? {
        guard let id = attribute("id", in: attributes) else {
            report("<node> has no 'id'", location)
            return nil
        }
        return id
    }

    /// An `<edge>`'s ends; nil, with the problem reported at `location`, when either is missing.
    static func edgeEnds(_ attributes: [(String, String)], at location: TextLocation,
                         report: (String, TextLocation) -> Void) -> (source: String, target: String)? {
        guard let s = attribute("source", in: attributes), let t = attribute("target", in: attributes) else {
            report("<edge> needs 'source' and 'target'", location)
            return nil
        }
        return (s, t)
    }
}
