package stageflow.bench;

import java.util.ArrayList;
import java.util.List;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

import stageflow.api.Selection;

/**
 * The same workload on Stageflow and on Flowable: N influencers through five manual stages, each move one committed
 * transaction, moved one by one. Only the moves are timed; creating the influencers is set-up on both sides.
 */
final class Peer {
    private static final String[] STAGES = { "outreach", "negotiation", "contract", "shipping", "posting" };

    private Peer() {
    }

    /** Five user tasks in sequence: the five manual stages. */
    static String bpmn() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " targetNamespace=\"stageflow.bench\"><process id=\"campaign\" isExecutable=\"true\">"
                + "<startEvent id=\"start\"/>");
        String previous = "start";
        for (String stage : STAGES) {
            xml.append("<sequenceFlow id=\"to-").append(stage).append("\" sourceRef=\"").append(previous)
                    .append("\" targetRef=\"").append(stage).append("\"/><userTask id=\"").append(stage)
                    .append("\" name=\"").append(stage).append("\"/>");
            previous = stage;
        }
        xml.append("<sequenceFlow id=\"to-end\" sourceRef=\"").append(previous)
                .append("\" targetRef=\"end\"/><endEvent id=\"end\"/></process></definitions>");
        return xml.toString();
    }

    static double flowableMovesPerSecond(int influencers) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:flowable-bench;DB_CLOSE_DELAY=-1")
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addString("campaign.bpmn20.xml", bpmn()).deploy();
            RuntimeService runtime = engine.getRuntimeService();
            TaskService tasks = engine.getTaskService();
            List<String> instances = new ArrayList<>(influencers);
            for (int i = 0; i < influencers; i++) {
                instances.add(runtime.startProcessInstanceByKey("campaign", "i" + i).getId());
            }
            long moves = 0;
            long start = System.nanoTime();
            for (int stage = 0; stage < STAGES.length; stage++) {
                for (String instance : instances) {
                    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                    tasks.complete(task.getId());
                    moves++;
                }
            }
            double seconds = Main.seconds(start);
            if (runtime.createProcessInstanceQuery().count() != 0) {
                throw new IllegalStateException("Flowable did not finish every instance");
            }
            return moves / seconds;
        } finally {
            engine.close();
        }
    }

    /**
     * Stageflow: a campaign whose workflow keeps five promotable stages between candidates and complete
     * (confirmation, pre-payment, content-creation, post-review, post-payment); each promote is its own committed
     * transaction.
     */
    static double stageflowMovesPerSecond(Engines e, int influencers) {
        e.campaigns.create("peer", null, Engines.OP);
        for (String stage : List.of("invited", "deliverables", "draft")) {
            e.workflows.setEnabled("peer", stage, false, Engines.OP);
        }
        e.add("peer", "i", influencers);
        long moves = 0;
        long start = System.nanoTime();
        for (int stage = 0; stage < STAGES.length; stage++) {
            for (int i = 0; i < influencers; i++) {
                moves += e.moves.promote("peer", Selection.of("i" + i), Engines.OP).changed().size();
            }
        }
        double seconds = Main.seconds(start);
        if (moves != (long) influencers * STAGES.length) {
            throw new IllegalStateException("moved " + moves);
        }
        return moves / seconds;
    }
}
