package org.sankofa.cases.internal;

import java.util.List;

import org.sankofa.cases.WorkItem;
import org.sankofa.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * Things to do on cases for a person's home page, answered by the part that holds them (follow-up visits in
 * {@code journey}, referrals in {@code assistance}), so that the parent lists them without knowing its parts. Each
 * answers within the person's need to know, at most {@link #LIMIT} items, and nothing for a role it does not serve.
 */
@NamedInterface("foundation")
public interface WorkToDo {

    int LIMIT = 50;

    List<WorkItem> of(CurrentUser user);
}
