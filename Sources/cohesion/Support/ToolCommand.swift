import ArgumentParser
import Cohesion
import Foundation

/// A subcommand whose failures print as compiler-style diagnostics on standard error and
/// exit with status 1, never as a crash or a stack trace.
protocol ToolCommand: ParsableCommand {
    /// Does the command's work; throw to fail.
    func execute() throws
}

extension ToolCommand {
    func run() throws {
        do {
            try execute()
        } catch {
            throw exitStatus(reporting: error)
        }
    }
}

/// A subcommand that awaits (Graphviz renders), failing the same way as ``ToolCommand``.
protocol AsyncToolCommand: AsyncParsableCommand {
    /// Does the command's work; throw to fail.
    func execute() async throws
}

extension AsyncToolCommand {
    func run() async throws {
        do {
            try await execute()
        } catch {
            throw exitStatus(reporting: error)
        }
    }
}

/// Prints a failure on standard error, as diagnostics (`FILE:LINE:COL: error: …`) when it
/// carries them and as one `error:` line otherwise, and returns the exit status to end with.
func exitStatus(reporting error: Error) -> ExitCode {
    switch error {
    case let exit as ExitCode:
        return exit
    case let invalid as InvalidNetwork:
        for d in invalid.diagnostics { printError(ToolError.line(for: d)) }
    case let failure as ToolError:
        printError("error: \(failure.message)")
    default:
        printError("error: \(ToolError.message(for: error))")
    }
    return .failure
}

/// A failure the tool reports in one sentence.
struct ToolError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
