/// An error from Graphviz, with Graphviz's own message.
///
/// Graphviz reports through `agerr`; Cohesion captures those messages during each call and
/// returns them here, then resets Graphviz's error state so one bad input never affects the
/// next render.
///
/// ```swift
/// do { _ = try await GraphvizRenderer().render(dot: "digraph { a -> }", format: .svg) }
/// catch let error as GraphvizError { print(error) }   // Graphviz could not read the DOT: Error: syntax error in line 1 near '}'
/// ```
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Graphviz context could not be created, or a required plugin was not found.
    case unavailable(String)
    /// The DOT text could not be parsed; Graphviz's message.
    case invalidDOT(String)
    /// The layout engine failed; Graphviz's message.
    case layoutFailed(engine: Engine, message: String)
    /// Rendering failed (for example, an output format whose plugin is missing).
    case renderFailed(format: OutputFormat, message: String)
    /// The render ran past its time limit and was stopped.
    case timedOut(engine: Engine, seconds: Double)
    /// A system call the time-limited render needs failed.
    case system(String)

    public var description: String {
        switch self {
        case .unavailable(let m): "Graphviz is unavailable: \(m)"
        case .invalidDOT(let m): "Graphviz could not read the DOT: \(m)"
        case .layoutFailed(let e, let m): "Graphviz layout with \(e) failed: \(m)"
        case .renderFailed(let f, let m): "Graphviz could not render \(f): \(m)"
        case .timedOut(let e, let s):
            "Graphviz layout with \(e) did not finish within \(s) s; try a faster engine (sfdp) or a smaller selection"
        case .system(let m): "Graphviz render failed: \(m)"
        }
    }
}
