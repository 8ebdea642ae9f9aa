import ArgumentParser
import Cohesion

/// `cohesion validate FILE…`: checks files and reports every problem as `FILE:LINE:COL: error: …`.
struct ValidateCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check network files; print every problem as FILE:LINE:COL: error: …; exit non-zero on any error.")

    @Argument(help: "Network files to check.")
    var files: [String]

    @OptionGroup var input: InputOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print nothing for files without problems.")
    var quiet = false

    func execute() throws {
        var failed = false
        for file in files {
            let (network, diagnostics) = NetworkFile.load(file, options: input.readOptions)
            for d in diagnostics { printError(ToolError.line(for: d)) }
            let errors = diagnostics.filter { $0.severity == .error || strict }.count
            let warnings = diagnostics.count - diagnostics.filter { $0.severity == .error }.count
            if errors > 0 {
                failed = true
                print("\(file): \(errors) error\(errors == 1 ? "" : "s")")
            } else if !quiet, let network {
                let note = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
                print("\(file): valid (\(network.stakeholders.count) stakeholders, \(network.ties.count) ties\(note))")
            }
        }
        if failed { throw ExitCode.failure }
    }
}
