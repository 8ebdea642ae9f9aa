import ArgumentParser
import Cohesion

/// The `cohesion` command: stakeholder and actor-network analysis of local public governance.
@main
struct CohesionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohesion",
        abstract: "Stakeholder and actor-network analysis of local public governance.",
        discussion: """
            INPUT is a network file chosen by extension (a .csv is an edge list with a header \
            source,target[,weight][,kind]…); --from overrides the extension. \(ToolFormats.registry.formatHelp)
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            InfoCommand.self,
            CentralityCommand.self,
            BrokerageCommand.self,
            ProfileCommand.self,
            CoalitionsCommand.self,
            CompareCommand.self,
            CUGCommand.self,
            NetlmCommand.self,
            NetlogitCommand.self,
            EvolutionCommand.self,
            ReportCommand.self,
            ConvertCommand.self,
            DiscourseCommand.self,
            RenderCommand.self,
        ]
    )
}
