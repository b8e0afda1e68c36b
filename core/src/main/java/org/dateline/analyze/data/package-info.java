/** The analysis stages' data files: strict tab-separated tables shipped on the classpath. */
package org.dateline.analyze.data;
