import Testing
@testable import Cohesion

/// UCINET DL files as the format's documentation spells them (the DL language help of
/// UCINET, Gephi's page on the DL format, the UCINET user's guide).
@Suite("UCINET DL")
struct DLTests {
    func read(_ text: String) throws -> Network {
        try DLReader.read(bytes: Array(text.utf8), file: "x.dl")
    }

    func pairs(_ n: Network) -> [String] {
        n.ties.map { "\($0.source)>\($0.target)" + ($0.weight.map { ":\($0)" } ?? "") }
    }

    @Test func fullMatrixWithoutLabels() throws {
        let n = try read("DL N = 5\nData:\n0 1 1 1 1\n1 0 1 0 0\n1 1 0 0 1\n1 0 0 0 0\n1 0 1 0 0\n")
        #expect(n.stakeholders.map(\.id) == ["1", "2", "3", "4", "5"])
        // Symmetric: read as undirected, one tie per pair.
        #expect(n.ties.count == 6)
        #expect(n.layers.map(\.isDirected) == [false])
        #expect(Set(pairs(n)) == ["1>2", "1>3", "1>4", "1>5", "2>3", "3>5"])
    }

    @Test func fullMatrixWithLabels() throws {
        let n = try read("dl n=5\nformat = fullmatrix\nlabels:\nbarry,david,lin,pat,russ\ndata:\n0 1 1 1 0\n1 0 0 0 1\n1 0 0 1 0\n1 0 1 0 1\n0 1 0 1 0\n")
        #expect(n.stakeholders.map(\.id) == ["barry", "david", "lin", "pat", "russ"])
        #expect(n.ties.count == 6)
        #expect(pairs(n).contains("barry>david"))
    }

    @Test func fullMatrixWithEmbeddedLabels() throws {
        let n = try read("dl\nn = 5\nlabels embedded\nformat = fullmatrix\ndata:\nBill Jan Jim Sue Zoe\nBill 0 0 1 0 0\nJan 0 0 0 1 1\nJim 1 0 0 1 0\nSue 0 1 1 0 0\nZoe 0 1 0 0 0\n")
        #expect(n.stakeholders.map(\.id) == ["Bill", "Jan", "Jim", "Sue", "Zoe"])
        // The example's matrix is symmetric: four undirected ties.
        #expect(n.layers.map(\.isDirected) == [false])
        #expect(pairs(n) == ["Bill>Jim", "Jan>Sue", "Jan>Zoe", "Jim>Sue"])
        let directed = try read("dl n=3\nlabels embedded\ndata:\na b c\na 0 1 0\nb 0 0 1\nc 1 0 0\n")
        #expect(directed.layers.map(\.isDirected) == [true])
        #expect(pairs(directed) == ["a>b", "b>c", "c>a"])
    }

    @Test func edgelist1WithLabelsList() throws {
        let n = try read("DL n=5\nformat = edgelist1\nlabels:\ngeorge, sally, jim, billy, jane\ndata:\n1 2\n1 3\n2 3\n3 1\n4 3\n")
        #expect(n.stakeholders.map(\.id) == ["george", "sally", "jim", "billy", "jane"])
        #expect(pairs(n) == ["george>sally", "george>jim", "sally>jim", "jim>george", "billy>jim"])
    }

    @Test func edgelist1WithEmbeddedLabels() throws {
        let n = try read("DL n=5\nformat = edgelist1\nlabels embedded:\ndata:\ngeorge sally\ngeorge jim\nsally jim\nbilly george\njane jim\n")
        #expect(n.stakeholders.map(\.id) == ["george", "sally", "jim", "billy", "jane"])
        #expect(n.ties.count == 5)
    }

    @Test func edgelist1WithValues() throws {
        let n = try read("dl\nformat=edgelist1\nn=3\ndata:\n1 2 1.56263736263736\n1 3 1.48687978687979\n2 3 1.39597069597070\n3 1 0.676190476190476\n")
        #expect(pairs(n) == ["1>2:1.56263736263736", "1>3:1.48687978687979", "2>3:1.3959706959707", "3>1:0.676190476190476"])
    }

    @Test func nodelist1() throws {
        let n = try read("dl n=4 format=nodelist1\nlabels embedded\ndata:\na b c\nb c\nd a\n")
        #expect(pairs(n) == ["a>b", "a>c", "b>c", "d>a"])
    }

    @Test func severalMatricesAreLayers() throws {
        let n = try read("""
            dl n=3 nm=2
            format = fullmatrix
            labels:
            ann, bob, cy
            matrix labels:
            funding, coordination
            data:
            0 1 0
            0 0 2
            0 0 0
            0 1 1
            1 0 0
            1 0 0
            """)
        #expect(n.ties.filter { $0.kind == .funding }.count == 2)
        #expect(n.ties.filter { $0.kind == .coordination }.count == 2)
        #expect(n.ties.first { $0.kind == .funding && $0.target == "cy" }?.weight == 2)
        let lists = try read("dl n=3 nm=2 format=edgelist1\nmatrix labels: friend, advice\nlabels embedded\ndata:\na b\nb c\n!\nc a 2\n")
        #expect(lists.ties.map(\.kind.id) == ["friend", "friend", "advice"])
        #expect(lists.tieKind(id: "advice")?.isDirected == true)
    }

    @Test func errorsNameTheLine() {
        func message(_ text: String) -> String {
            do { _ = try read(text); return "" } catch { return "\(error)" }
        }
        #expect(message("dl n=2\ndata:\n0 1\n1 x\n") == "x.dl:4:1: error: 'x' is not a number")
        #expect(message("dl n=2 format=edgelist1\ndata:\n1 3\n") == "x.dl:3:1: error: '3' is neither a label nor a node number between 1 and 2")
        #expect(message("graph\n") == "x.dl:1:1: error: not a DL file: it must start with 'DL'")
        #expect(message("dl nr=2 nc=3\ndata:\n") == "x.dl:1:1: error: two-mode DL data (nr ≠ nc) cannot be read as a network")
    }

    @Test func writtenFilesReadBack() throws {
        var network = Network()
        network.stakeholders = ["a b", "c", "d"].map { Stakeholder(id: $0, kind: .municipality) }
        network.ties = [Tie(source: "a b", target: "c", kind: .funding, weight: 3), Tie(source: "c", target: "d", kind: .funding)]
        let (bytes, _) = DLWriter.write(network)
        #expect(String(decoding: bytes, as: UTF8.self) == "dl n=3\nformat = edgelist1\nlabels:\n\"a b\",c,d\ndata:\n1 2 3\n2 3 1\n")
        let back = try DLReader.read(bytes: bytes, file: nil)
        #expect(back.stakeholders.map(\.id) == ["a b", "c", "d"])
        #expect(pairs(back) == ["a b>c:3.0", "c>d:1.0"])
    }
}
