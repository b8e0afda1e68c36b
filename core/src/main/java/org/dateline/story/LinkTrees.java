package org.dateline.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.analyze.data.TsvTable;

/**
 * A sum of regression trees over a pair's features, read from a table (its header says how the
 * trees were fit): the {@link LinkModel}'s log-odds that two articles report one happening. Nodes
 * are held flat, each tree as a run of nodes whose children are indices within that run.
 */
final class LinkTrees {
    private static final String NONE = "-";

    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    private LinkTrees(int[] roots, int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        this.roots = roots;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
    }

    /** The log-odds of the features {@code f} (in the order of {@code featureNames} given to {@link #read}). */
    double score(double[] f) {
        double z = 0;
        for (int node : roots) {
            while (feature[node] >= 0) {
                node = f[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            z += value[node];
        }
        return z;
    }

    int trees() {
        return roots.length;
    }

    /**
     * Reads the table (columns tree, node, feature, threshold, left, right, value; a tree's nodes in
     * order from 0, its root first). A feature the model does not compute, a child that is not a
     * later node of the same tree, or a missing value is refused with the row that has it.
     */
    static LinkTrees read(TsvTable table, List<String> featureNames) {
        table.require("tree", "node", "feature", "threshold", "left", "right", "value");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < featureNames.size(); i++) {
            index.put(featureNames.get(i), i);
        }
        List<Integer> roots = new ArrayList<>();
        List<TsvTable.Row> rows = table.rows();
        int n = rows.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        String tree = null;
        int start = 0;
        for (int i = 0; i < n; i++) {
            TsvTable.Row row = rows.get(i);
            if (!row.get("tree").equals(tree)) {
                tree = row.get("tree");
                start = i;
                roots.add(i);
            }
            int node = parseInt(row, "node");
            if (node != i - start) {
                throw new IllegalStateException(row.where() + ": node " + node + " out of order in tree " + tree);
            }
            String name = row.get("feature");
            if (NONE.equals(name)) {
                feature[i] = -1;
                value[i] = parseDouble(row, "value");
                continue;
            }
            Integer f = index.get(name);
            if (f == null) {
                throw new IllegalStateException(row.where() + ": no such feature " + name);
            }
            feature[i] = f;
            threshold[i] = parseDouble(row, "threshold");
            left[i] = start + parseInt(row, "left");
            right[i] = start + parseInt(row, "right");
            if (left[i] <= i || right[i] <= i) {
                throw new IllegalStateException(row.where() + ": a child must be a later node of tree " + tree);
            }
        }
        for (int i = 0; i < n; i++) {
            if (feature[i] >= 0 && (left[i] >= n || right[i] >= n || !sameTree(rows, i, left[i]) || !sameTree(rows, i, right[i]))) {
                throw new IllegalStateException(rows.get(i).where() + ": a child outside tree " + rows.get(i).get("tree"));
            }
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException(table.name() + ": no trees");
        }
        return new LinkTrees(roots.stream().mapToInt(Integer::intValue).toArray(), feature, threshold, left, right, value);
    }

    private static boolean sameTree(List<TsvTable.Row> rows, int a, int b) {
        return rows.get(a).get("tree").equals(rows.get(b).get("tree"));
    }

    private static int parseInt(TsvTable.Row row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": " + column + " is not a number: " + row.get(column), e);
        }
    }

    private static double parseDouble(TsvTable.Row row, String column) {
        try {
            return Double.parseDouble(row.get(column));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": " + column + " is not a number: " + row.get(column), e);
        }
    }
}
