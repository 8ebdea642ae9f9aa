import Cohesion
import Testing

@Suite("CSV edge lists and node files")
struct CSVTests {
    func read(_ edges: String, nodes: String? = nil, undirected: Bool = false) throws -> Network {
        let options = CSVReadOptions(undirected: undirected, nodes: nodes.map { (Array($0.utf8), "nodes.csv") })
        return try EdgeListCSV.read(bytes: Array(edges.utf8), file: "edges.csv", options: options)
    }

    func errors(_ edges: String, nodes: String? = nil) -> [Diagnostic] {
        do {
            _ = try read(edges, nodes: nodes)
            return []
        } catch let error as InvalidNetwork {
            return error.diagnostics
        } catch {
            return [Diagnostic(.error, "\(error)")]
        }
    }

    @Test func rfc4180Quoting() throws {
        let network = try read("source,target,note\r\n\"Ville de Lille, mairie\",\"Crèche \"\"Concorde\"\"\",\"two\nlines\"\r\nb,c,\r\n")
        #expect(network.ties.count == 2)
        #expect(network.ties[0].source == "Ville de Lille, mairie")
        #expect(network.ties[0].target == "Crèche \"Concorde\"")
        #expect(network.ties[0].note == "two\nlines")
        #expect(network.ties[1].note == nil)
        #expect(network.stakeholders.map(\.id) == ["Ville de Lille, mairie", "Crèche \"Concorde\"", "b", "c"])
    }

    @Test func columnsFillTieFields() throws {
        let network = try read("""
            Source,Target,Weight,Kind,instrument,amount,currency,year,first_year,lastYear,citations,illustrative,size
            caf,city,2.5,contracting,CTG,1000,EUR,2022,2020,2024,s4;s27,true,12
            """)
        let tie = network.ties[0]
        #expect(tie.kind == .contracting && tie.kind.isDirected)
        #expect(tie.weight == 2.5 && tie.instrument == "CTG")
        #expect(tie.amount == Amount(value: 1000, currency: "EUR", year: 2022))
        #expect(tie.firstYear == 2020 && tie.lastYear == 2024)
        #expect(tie.citations == ["s4", "s27"] && tie.isIllustrative)
        #expect(tie.attributes["size"] == .integer(12))
    }

    @Test func directedUnlessUndirected() throws {
        #expect(try read("source,target\na,b\n").ties[0].kind.isDirected)
        #expect(try !read("source,target\na,b\n", undirected: true).ties[0].kind.isDirected)
        // Built-in kinds keep their nature.
        #expect(try read("source,target,kind\na,b,coordination\n").ties[0].kind.isDirected == false)
    }

    @Test func nodeFileAddsAttributes() throws {
        let network = try read("source,target\ncaf,city\ncity,x\n", nodes: """
            id,name,kind,sector,level,places,coverage
            caf,CAF du Nord,family-allowance-office,public,departmental,15597,0.61
            city,Lille,municipality,public,municipal,,
            """)
        #expect(network.stakeholders.count == 3)
        let caf = try #require(network.stakeholder(id: "caf"))
        #expect(caf.name == "CAF du Nord" && caf.kind == .familyAllowanceOffice && caf.level == .departmental)
        #expect(caf.attributes["places"] == .integer(15597) && caf.attributes["coverage"] == .number(0.61))
        #expect(network.stakeholder(id: "city")?.attributes.isEmpty == true)
        #expect(network.stakeholder(id: "x")?.kind == EdgeListCSV.genericStakeholderKind)
        #expect(!network.validate().hasErrors)
    }

    @Test func malformedRowsNameLineAndColumn() {
        let found = errors("source,target,weight\na,b,1\nc,d\ne,f,heavy\n,g,1\nh,i,-2\n")
        #expect(found.map(\.description) == [
            "edges.csv:3:1: error: expected 3 fields as in the header, found 2",
            "edges.csv:4:5: error: 'weight' must be a number, found 'heavy'",
            "edges.csv:5:1: error: empty source",
            "edges.csv:6:5: error: weight must not be negative, found -2.0",
        ])
    }

    @Test func malformedQuotes() {
        #expect(errors("source,target\n\"a,b\n").first?.description == "edges.csv:2:1: error: a quoted field is never closed")
        #expect(errors("source,target\na\"b,c\n").first?.description
            == "edges.csv:2:2: error: a quote inside an unquoted field (quote the whole field and double the quote)")
        #expect(errors("source,target\n\"a\"x,c\n").first?.description == "edges.csv:2:4: error: text after the closing quote of a field")
    }

    @Test func headerMustNameSourceAndTarget() {
        #expect(errors("from_id,to_id\na,b\n").first?.message.contains("must name 'source' and 'target'") == true)
        #expect(errors("").first?.message.contains("the file is empty") == true)
        #expect(errors("source,target\na,b\n", nodes: "title\nx\n").first?.description
            == "nodes.csv:1:1: error: the node file's header must name an 'id' column (or 'label' or 'name'), found: title")
    }

    @Test func byteOrderMarkAndBlankLines() throws {
        let network = try read("\u{FEFF}source,target\n\na,b\n\n")
        #expect(network.ties.count == 1 && network.ties[0].source == "a")
    }
}
