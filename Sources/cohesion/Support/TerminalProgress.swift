import Cohesion
import Foundation

/// A one-line progress display on standard error for long computations, shown only when
/// standard error is a terminal, so redirected output and tests stay clean.
enum TerminalProgress {
    /// Whether progress can be drawn.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Options that report progress for a labelled step on the terminal, or plain options when
    /// the graph is small or standard error is not a terminal.
    static func options(_ label: String, nodeCount: Int, threshold: Int = 2_000) -> ComputationOptions {
        guard isTerminal, nodeCount >= threshold else { return .default }
        let progress: @Sendable (Double) -> Void = { fraction in
            let percent = Int((fraction * 100).rounded(.down))
            let text = percent >= 100 ? "\r\u{1B}[K" : "\r\(label): \(percent)%"
            FileHandle.standardError.write(Data(text.utf8))
        }
        return ComputationOptions(parallel: true, progress: progress)
    }
}
