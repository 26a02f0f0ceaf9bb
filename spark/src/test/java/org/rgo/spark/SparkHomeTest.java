package org.rgo.spark;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkHomeTest {

    /** The scripts of target/spark-home and Surefire take the flags from the pom; Spark's launcher knows the truth. */
    @Test
    void theJavaOptionsOfThePomAreThoseOfThisSparkVersion() {
        assertEquals(JavaModuleOptions.defaultModuleOptions(), System.getProperty("spark.java.options"));
    }
}
