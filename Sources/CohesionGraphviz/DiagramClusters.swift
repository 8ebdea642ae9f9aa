/// How a diagram groups stakeholders into boxes (Graphviz clusters).
///
/// Clusters are drawn by `dot`, `fdp`, `osage` and `patchwork`; the other engines ignore them.
///
/// ```swift
/// let byLevel = DiagramClusters.attribute("level")      // national, departmental, municipal…
/// let byCity = DiagramClusters.attribute("place")
/// let byCoalition = DiagramClusters.groups(name: "coalition")   // with Panel.groups filled in
/// ```
public enum DiagramClusters: Hashable, Sendable {
    /// One cluster per value of a stakeholder attribute (`Stakeholder/value(of:)`:
    /// `level`, `place`, `sector`, `kind` or a free attribute). Levels are ordered national to
    /// neighbourhood, other values by name; stakeholders without a value stay outside.
    case attribute(String)
    /// One cluster per group of a partition computed elsewhere (coalitions, communities),
    /// given per panel in ``NetworkDiagram/Panel/groups``; `name` titles the legend entry.
    case groups(name: String)
}
