import Cohesion
import Foundation

/// A one-line progress display on standard error for long computations, shown only when
/// standard error is a terminal, so redirected output and tests stay clean.
///
/// The line names the step (`[2/5] betweenness`), the share done, the work units done when
/// known (`3,700 of 10,000 sources`), and once a few seconds have passed an estimate of the
/// time left, from the elapsed time and the share done.
enum TerminalProgress {
    /// Whether progress can be drawn.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Options that report progress for a labelled step on the terminal, or plain options when
    /// the graph is small or standard error is not a terminal.
    ///
    /// - Parameters:
    ///   - step: the step's number and the number of steps, shown as `[2/5]`.
    ///   - units: how many units of work the step has and their name (`10,000 sources`).
    static func options(_ label: String, nodeCount: Int, threshold: Int = 2_000,
                        step: (Int, Int)? = nil, units: (Int, String)? = nil) -> ComputationOptions {
        guard isTerminal, nodeCount >= threshold else { return .default }
        let start = Date()
        let prefix = step.map { "[\($0.0)/\($0.1)] " } ?? ""
        let progress: @Sendable (Double) -> Void = { fraction in
            guard fraction < 1 else {
                FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
                return
            }
            let text = "\r\u{1B}[K" + line(prefix + label, fraction: fraction, elapsed: Date().timeIntervalSince(start), units: units)
            FileHandle.standardError.write(Data(text.utf8))
        }
        return ComputationOptions(parallel: true, progress: progress)
    }

    /// The text of one progress line.
    static func line(_ label: String, fraction: Double, elapsed: TimeInterval, units: (Int, String)?) -> String {
        let percent = Int((fraction * 100).rounded(.down))
        var text = "\(label): \(percent)%"
        if let (total, name) = units {
            let done = Int((fraction * Double(total)).rounded(.down))
            text += " (\(grouped(done)) of \(grouped(total)) \(name))"
        }
        if elapsed >= 2, fraction > 0.01 {
            text += ", about \(duration(elapsed / fraction * (1 - fraction))) left"
        }
        return text
    }

    /// A duration for people: `45 s`, `3 min 20 s`, `2 h 5 min`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(max(1, s)) s" }
        if s < 3_600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3_600) h \((s % 3_600) / 60) min"
    }

    /// A count with thousands separators (`10,000`).
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
