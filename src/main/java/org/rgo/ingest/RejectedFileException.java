package org.rgo.ingest;

import java.util.List;

/** An input file that cannot be used, with every reason found (SPEC §1 rules). */
public final class RejectedFileException extends RuntimeException {

    private final String fileName;
    private final List<Problems.Problem> problems;
    private final long problemCount;

    public RejectedFileException(String fileName, List<Problems.Problem> problems, long problemCount) {
        super(problems.isEmpty() ? Problems.printable(fileName) + ": " + problemCount + " problems"
                : problems.get(0).describe(fileName)
                        + (problemCount > 1 ? " (and " + (problemCount - 1) + " more problems)" : ""));
        this.fileName = fileName;
        this.problems = problems;
        this.problemCount = problemCount;
    }

    public String fileName() {
        return fileName;
    }

    public List<Problems.Problem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    /** The text of {@code <file>.error.txt}: every listed problem on its own line, then the count. */
    public String report() {
        StringBuilder text = new StringBuilder("Rejected ").append(Problems.printable(fileName)).append(": ")
                .append(problemCount).append(problemCount == 1 ? " problem" : " problems").append('\n');
        for (Problems.Problem problem : problems) {
            text.append(problem.describe(fileName)).append('\n');
        }
        if (problemCount > problems.size()) {
            text.append("... and ").append(problemCount - problems.size()).append(" more problems not listed\n");
        }
        return text.toString();
    }
}
