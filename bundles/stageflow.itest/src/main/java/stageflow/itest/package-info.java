/** In-framework tests; not exported: nothing outside the test run uses them. */
package stageflow.itest;
