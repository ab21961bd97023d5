package dev.pacer.samples.cli;

import java.util.ArrayList;
import java.util.List;

/** Lays rows out in columns: the first left-aligned, the others right-aligned. */
final class Table {
  private Table() {}

  static List<String> format(List<String[]> rows) {
    int columns = 0;
    for (String[] row : rows) columns = Math.max(columns, row.length);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        String pad = " ".repeat(widths[c] - cell.length());
        if (c == 0) {
          line.append(cell).append(pad);
        } else {
          line.append("  ").append(pad).append(cell);
        }
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
