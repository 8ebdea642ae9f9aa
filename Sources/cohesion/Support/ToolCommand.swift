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
        } catch let error as InvalidNetwork {
            for d in error.diagnostics { printError(d.description) }
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch let error as ToolError {
            printError("error: \(error.message)")
            throw ExitCode.failure
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
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
