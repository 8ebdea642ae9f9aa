import ArgumentParser
import Cohesion

/// `cohesion convert IN OUT`: reads a network in one format and writes it in another.
struct ConvertCommand: ToolCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between formats, chosen by extension (--from/--to override).",
        discussion: """
            \(ToolFormats.registry.formatHelp) \
            A .json file is read as NetworkX node-link JSON when it has its keys; use --to node-link to \
            write node-link JSON. What the target format cannot hold \
            (amounts in Pajek, sources in GraphML…) is listed as a warning on standard error; the \
            file is written anyway, atomically.
            """)

    @Argument(help: "The network to read.")
    var input: String

    @Argument(help: "The file to write.")
    var output: String

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .customLong("to"), help: "The output format, overriding the extension (\(ToolFormats.registry.identifierList)).")
    var outputFormat: NetworkFormat?

    @Option(name: .customLong("nodes-output"), help: "With CSV output: also write the stakeholders as a node list to this file.")
    var nodesOutput: String?

    @Flag(help: "Fail, writing nothing, when the target format cannot hold everything.")
    var strict = false

    func execute() throws {
        let network = try inputOptions.load(input)
        guard let format = outputFormat ?? NetworkFormat(path: output) else {
            throw ToolError("cannot tell the output format from '\(output)': use an extension (\(ToolFormats.registry.writableExtensionList)) or --to")
        }
        if nodesOutput != nil && format != .csv { throw ToolError("--nodes-output goes with CSV output") }
        if strict {
            var warnings = try NetworkFile.encode(network, format: format, file: output).warnings
            if format == .csv { warnings = CSVWriter.warnings(network, withNodeList: nodesOutput != nil, file: output) }
            if !warnings.isEmpty {
                for w in warnings { printError(w.description) }
                throw ToolError("nothing written: \(format.rawValue) cannot hold all of \(input) (drop --strict to write anyway)")
            }
        }
        let warnings = try NetworkFile.write(network, to: output, format: format, nodesPath: nodesOutput)
        for w in warnings { printError(w.description) }
    }
}
