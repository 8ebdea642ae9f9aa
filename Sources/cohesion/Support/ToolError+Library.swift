import Cohesion
import CohesionGraphviz

/// The one place where library errors become the tool's messages.
///
/// The library says what is wrong in its own terms (a weight meaning, a parameter); where the
/// tool has a flag that fixes it, the message here names the flag instead. Every command
/// reports library errors through ``ToolError/init(library:file:)`` or ``naming(_:_:)``, and
/// ``exitStatus(reporting:)`` through ``ToolError/message(for:)``.
extension ToolError {
    /// The tool's message for an error: a known library error with the flag that fixes it,
    /// anything else as it describes itself.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as GraphError:
            if case .weightMeaningMismatch(let measure, let needs, let has) = error {
                return "\(measure) reads weights as \(needs.rawValue)s, but the graph's weights are \(has.rawValue)s; "
                    + "choose --weights \(needs.rawValue) (with a conversion such as 1/amount)"
            }
            return error.description
        case let error as RegressionError:
            if case .nonBinaryOutcome = error {
                return "netlogit needs a binary outcome (0 or 1 in every cell); use --weights none"
            }
            return error.description
        default:
            return String(describing: error)
        }
    }

    /// The tool's line for a diagnostic: with its remedy as the flag that brings it about.
    static func line(for diagnostic: Diagnostic) -> String {
        guard let remedy = diagnostic.remedy else { return diagnostic.description }
        var shown = diagnostic
        shown.remedy = nil
        switch remedy {
        case .readAsDirected: shown.message += " (read it without --undirected)"
        }
        return shown.description
    }

    /// The tool's note for a measure's values: the library's, ending with the
    /// `--sample-sources` that would narrow a sampled betweenness's bound to 10 %.
    static func note(for result: MeasureResult) -> String? {
        guard let note = result.note else { return nil }
        guard let k = result.samplesForTenPercent else { return note }
        return note + " (--sample-sources \(k))"
    }

    /// Whether an error is one of the library's one-sentence errors, reported as a tool error
    /// (diagnostics, cancellation and the tool's own errors pass through unchanged).
    static func isLibraryError(_ error: any Error) -> Bool {
        error is GraphError || error is CoalitionError || error is GroupsError || error is RegressionError
            || error is CentralityError || error is DiagramError || error is DiagramPageError
    }

    /// An error met while analysing `network`, read from `file`: an error about one of its ties
    /// as a diagnostic at the tie's line and column (for YAML and JSON), another library error
    /// with the flag that fixes it, anything else unchanged.
    static func located(_ error: any Error, in network: Network, file: String, input: InputOptions) -> any Error {
        located(error, in: network, file: file, options: input.readOptions)
    }

    /// The same, for a network read with `options`.
    static func located(_ error: any Error, in network: Network, file: String, options: NetworkReadOptions) -> any Error {
        if let graphError = error as? GraphError, graphError.tie != nil {
            return NetworkFile.locating(graphError, in: network, path: file, options: options)
        }
        return isLibraryError(error) ? ToolError(library: error, file: file) : error
    }

    /// A library error as the tool reports it, after `FILE: ` when a file is named.
    init(library error: any Error, file: String? = nil) {
        let text = ToolError.message(for: error)
        self.init(file.map { "\($0): \(text)" } ?? text)
    }
}

/// Runs a step, turning the library's errors into tool errors (after `FILE: ` when `file` is
/// given); other errors pass through.
func naming<T>(_ file: String?, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch where ToolError.isLibraryError(error) {
        throw ToolError(library: error, file: file)
    }
}

/// Runs a step on a network read from `file`: an error about one of its ties names the file
/// and the tie's line where the format has lines (``ToolError/located(_:in:file:input:)``),
/// any other library error names the file; other errors pass through.
func locating<T>(_ file: String, _ network: Network, options: NetworkReadOptions, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ToolError.located(error, in: network, file: file, options: options)
    }
}
