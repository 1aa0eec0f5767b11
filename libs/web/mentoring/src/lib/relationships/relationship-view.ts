import type { RelationshipRole } from '@pathways/web-graphql';

interface Person {
  givenName: string;
  familyName: string;
}

export interface RelationshipLike {
  viewer: RelationshipRole;
  mentee: { person: Person };
  mentor: { person: Person };
}

/** The other member, as the viewer sees them; a lead sees the mentee first. */
export function otherMember(relationship: RelationshipLike): Person {
  return relationship.viewer === 'mentor' ? relationship.mentee.person : relationship.mentor.person;
}

export function viewerRoleText(viewer: RelationshipRole): string {
  switch (viewer) {
    case 'mentor':
      return 'You are their mentor';
    case 'mentee':
      return 'They are your mentor';
    case 'lead':
      return 'You lead this programme';
  }
}
